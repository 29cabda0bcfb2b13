/* tradeoff-loader-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/comparison.rng, compiled once, in two forms.
 *
 * The judge is the schema as written.  It decides whether a file follows
 * the format, and its errors are the ones people get.  It is compiled the
 * first time a file is not valid.
 *
 * The quick form is the same schema with the datatypes of nearly every
 * value rewritten, because of what libxml2 2.9's RELAX NG validator does
 * with XML Schema datatypes: for each value it looks the type up by name,
 * makes its facets, checks them, and frees them again.  An id's pattern
 * is compiled into a regular expression for every id it checks, and
 * freed.  On the large generated comparison that was 730 of the 880
 * million instructions validation took.
 *
 *  - "text", a token of at least one character, "id", and an element
 *    holding an integer between two bounds (a weight) are any text in the
 *    quick form.  The loader checks the values in C instead
 *    (_tradeoff_loader_schema_values_valid()): every element and
 *    attribute the schema gives a text holds something besides the four
 *    characters XML Schema collapses, every attribute it gives an id
 *    passes tradeoff_rules_check_id() (the same rule), and an integer is
 *    written plainly ("0", "7", " -12 ": not "+7" or "007", which the
 *    judge is left to accept) and within its bounds.  With plain text,
 *    the elements that hold one are validated as they are walked, too,
 *    instead of each on its own.
 *
 * So a tree the quick form accepts, with its values checked, the judge
 * accepts too.  A tree it refuses goes to the judge (see
 * tradeoff-loader-validate.c), so the quick form can only make a valid
 * file faster to load, never change what is refused or how it is said.
 * If the schema ever uses "id" or "text" other than as the whole value of
 * a named attribute or element, there is no quick form and the judge does
 * everything; other datatypes (dates, the integers the rewrite does not
 * recognise) are left to the quick form as the judge has them.
 */

#define G_LOG_DOMAIN "tradeoff-loader"

#include "config.h"

#include <string.h>

#include "tradeoff-comparison-rules.h"
#include "tradeoff-loader-private.h"

#define SCHEMA_RESOURCE "/org/tradeoff/Tradeoff/data/comparison.rng"
#define RNG_NS "http://relaxng.org/ns/structure/1.0"
#define XSD_DATATYPES "http://www.w3.org/2001/XMLSchema-datatypes"
/* The white space XML Schema collapses, and XML's. */
#define BLANKS " \t\n\r"

/* Names the schema gives a text or an id; a handful of each. */
#define MAX_NAMES 24

typedef enum
{
  ID_ATTRIBUTES,
  TEXT_ATTRIBUTES,
  TEXT_ELEMENTS,
  N_NAME_SETS
} NameSet;

/* An element whose content is an integer from min to max. */
typedef struct
{
  const char *name;
  gint64      min;
  gint64      max;
} IntegerElement;

static xmlRelaxNG *judge = NULL;
static xmlRelaxNG *quick = NULL;
static gboolean quick_enabled = TRUE;
static IntegerElement integer_elements[MAX_NAMES + 1];
/* Interned, %NULL-terminated. */
static const char *names[N_NAME_SETS][MAX_NAMES + 1];

static gboolean
is_rng (xmlNode    *node,
        const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         node->ns != NULL && xmlStrEqual (node->ns->href, BAD_CAST RNG_NS) &&
         xmlStrEqual (node->name, BAD_CAST name);
}

static gboolean
has_name (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST "name");
  gboolean equal = value != NULL && xmlStrEqual (value, BAD_CAST name);

  xmlFree (value);
  return equal;
}

/* The only element child of @node, or %NULL. */
static xmlNode *
only_child (xmlNode *node)
{
  xmlNode *found = NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        if (found != NULL)
          return NULL;
        found = child;
      }

  return found;
}

static void
replace_content (xmlNode *define)
{
  xmlNode *child = define->children;

  while (child != NULL)
    {
      xmlNode *next = child->next;

      xmlUnlinkNode (child);
      xmlFreeNode (child);
      child = next;
    }

  xmlNewChild (define, define->ns, BAD_CAST "text", NULL);
}

/* Remembers @name in @set, once; %FALSE if there are too many. */
static gboolean
add_name (NameSet     set,
          const char *name)
{
  const char *interned;
  guint n = 0;

  /* A prefixed name would not be what the walk compares. */
  if (strchr (name, ':') != NULL)
    return FALSE;
  interned = g_intern_string (name);

  for (; names[set][n] != NULL; n++)
    if (names[set][n] == interned)
      return TRUE;
  if (n == MAX_NAMES)
    return FALSE;

  names[set][n] = interned;
  return TRUE;
}

/* Whether @ref, a reference to "id" or "text", is the whole value of a
 * named attribute or (text only) the whole content of a named element
 * besides its attributes; if so, remembers that name. */
static gboolean
note_use (xmlNode  *ref,
          gboolean  is_text)
{
  xmlNode *parent = ref->parent;
  g_autofree char *name = NULL;
  xmlChar *value = xmlGetNoNsProp (parent, BAD_CAST "name");

  name = g_strdup ((const char *)value);
  xmlFree (value);
  if (name == NULL)
    return FALSE;

  if (is_rng (parent, "attribute"))
    return only_child (parent) == ref && add_name (is_text ? TEXT_ATTRIBUTES : ID_ATTRIBUTES, name);

  if (!is_text || !is_rng (parent, "element"))
    return FALSE;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && child != ref && !is_rng (child, "attribute"))
      return FALSE;

  return add_name (TEXT_ELEMENTS, name);
}

/* The datatype library @node's datatypes come from. */
static gboolean
uses_xsd_datatypes (xmlNode *node)
{
  for (; node != NULL && node->type == XML_ELEMENT_NODE; node = node->parent)
    if (xmlHasProp (node, BAD_CAST "datatypeLibrary"))
      {
        xmlChar *library = xmlGetNoNsProp (node, BAD_CAST "datatypeLibrary");
        gboolean xsd = xmlStrEqual (library, BAD_CAST XSD_DATATYPES);

        xmlFree (library);
        return xsd;
      }

  return FALSE;
}

/* Reads @data's minInclusive and maxInclusive, its only parameters. */
static gboolean
integer_bounds (xmlNode *data,
                gint64  *min,
                gint64  *max)
{
  gboolean has_min = FALSE, has_max = FALSE;

  for (xmlNode *param = data->children; param != NULL; param = param->next)
    {
      xmlChar *value;
      gboolean is_min, is_max, read;
      gint64 bound = 0;

      if (param->type != XML_ELEMENT_NODE)
        continue;
      if (!is_rng (param, "param"))
        return FALSE;
      is_min = has_name (param, "minInclusive");
      is_max = has_name (param, "maxInclusive");
      value = xmlNodeGetContent (param);
      read = value != NULL &&
             g_ascii_string_to_signed ((const char *)value, 10, -999999, 999999, &bound, NULL);
      xmlFree (value);
      if (!read || (!is_min && !is_max))
        return FALSE;
      if (is_min)
        *min = bound, has_min = TRUE;
      else
        *max = bound, has_max = TRUE;
    }

  return has_min && has_max;
}

/* If @data is an XML Schema integer between two bounds, the whole content
 * of a named element besides its attributes, makes it plain text and
 * remembers the element and the bounds.  Any other data stays as it is. */
static void
rewrite_integer (xmlNode *data)
{
  xmlNode *element = data->parent;
  xmlChar *type = xmlGetNoNsProp (data, BAD_CAST "type");
  xmlChar *name = xmlGetNoNsProp (element, BAD_CAST "name");
  gboolean usable = xmlStrEqual (type, BAD_CAST "integer") && uses_xsd_datatypes (data) &&
                    is_rng (element, "element") && name != NULL &&
                    strchr ((const char *)name, ':') == NULL;
  gint64 min = 0, max = 0;
  guint n = 0;

  for (xmlNode *child = element->children; usable && child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && child != data && !is_rng (child, "attribute"))
      usable = FALSE;
  usable = usable && integer_bounds (data, &min, &max);

  for (; usable && integer_elements[n].name != NULL; n++)
    if (integer_elements[n].name == g_intern_string ((const char *)name))
      break;
  if (usable && integer_elements[n].name == NULL && n == MAX_NAMES)
    usable = FALSE;

  if (usable)
    {
      IntegerElement *known = &integer_elements[n];

      /* The same element with other bounds elsewhere: both must hold. */
      if (known->name == NULL)
        *known = (IntegerElement) { g_intern_string ((const char *)name), min, max };
      known->min = MAX (known->min, min);
      known->max = MIN (known->max, max);

      xmlAddNextSibling (data, xmlNewNode (data->ns, BAD_CAST "text"));
      xmlUnlinkNode (data);
      xmlFreeNode (data);
    }

  xmlFree (type);
  xmlFree (name);
}

/* Rewrites @node's subtree in place; %FALSE if "id" or "text" is used
 * where the quick form could not stand in for it. */
static gboolean
rewrite (xmlNode *node)
{
  xmlNode *next;

  for (xmlNode *child = node->children; child != NULL; child = next)
    {
      gboolean is_text;

      /* The integers are replaced as they are found. */
      next = child->next;
      if (child->type != XML_ELEMENT_NODE)
        continue;

      is_text = has_name (child, "text");
      if (is_rng (child, "define") && (has_name (child, "id") || is_text))
        replace_content (child);
      else if (is_rng (child, "ref") && (has_name (child, "id") || is_text))
        {
          if (!note_use (child, is_text))
            return FALSE;
        }
      else if (is_rng (child, "data"))
        rewrite_integer (child);
      else if (!rewrite (child))
        return FALSE;
    }

  return TRUE;
}

static xmlRelaxNG *
compile (xmlDoc *doc)
{
  /* Parsing copies the document: @doc stays the caller's. */
  g_autoptr(xmlRelaxNGParserCtxt) parser = xmlRelaxNGNewDocParserCtxt (doc);

  return xmlRelaxNGParse (parser);
}

/* The schema is compiled into the program: failing here is a broken
 * build, not bad input. */
static GBytes *
schema_bytes (void)
{
  GBytes *bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);
  return bytes;
}

/* The judge as it always was, straight from the bytes; compiled only when
 * a tree needs it, which a valid file never does. */
xmlRelaxNG *
_tradeoff_loader_schema (void)
{
  static gsize compiled = 0;

  if (g_once_init_enter (&compiled))
    {
      g_autoptr(GBytes) bytes = schema_bytes ();
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      g_autoptr(xmlRelaxNGParserCtxt) parser = xmlRelaxNGNewMemParserCtxt (data, (int)len);

      judge = xmlRelaxNGParse (parser);
      g_assert (judge != NULL);
      g_once_init_leave (&compiled, 1);
    }

  return judge;
}

xmlRelaxNG *
_tradeoff_loader_quick_schema (void)
{
  static gsize compiled = 0;

  if (g_once_init_enter (&compiled))
    {
      g_autoptr(GBytes) bytes = schema_bytes ();
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      g_autoptr(xmlDoc) doc = xmlReadMemory (data, (int)len, SCHEMA_RESOURCE, NULL, XML_PARSE_NONET);

      g_assert (doc != NULL);
      if (rewrite (xmlDocGetRootElement (doc)))
        quick = compile (doc);
      if (quick == NULL)
        {
          memset (names, 0, sizeof names);
          memset (integer_elements, 0, sizeof integer_elements);
        }
      g_once_init_leave (&compiled, 1);
    }

  return quick_enabled ? quick : NULL;
}

void
_tradeoff_loader_set_quick_schema_enabled (gboolean enabled)
{
  quick_enabled = enabled;
}

static gboolean
is_in (NameSet        set,
       const xmlChar *name)
{
  /* The first letter first: this runs for every element and attribute
   * of a file, and a strcmp() a name was 17 M instructions of validating
   * the large comparison. */
  for (guint i = 0; names[set][i] != NULL; i++)
    if (name[0] == (xmlChar)names[set][i][0] && strcmp ((const char *)name, names[set][i]) == 0)
      return TRUE;

  return FALSE;
}

/* What XML Schema's token type collapses; a text of nothing else is
 * empty to it. */
static gboolean
has_non_blank (const xmlChar *text)
{
  return text != NULL && text[strspn ((const char *)text, BLANKS)] != '\0';
}

static gboolean
attribute_valid (xmlAttr *attr)
{
  gboolean is_id = is_in (ID_ATTRIBUTES, attr->name);
  gboolean is_text = is_in (TEXT_ATTRIBUTES, attr->name);
  xmlNode *text = attr->children;
  xmlChar *copy = NULL;
  const char *value;
  gboolean valid;

  if (!is_id && !is_text)
    return TRUE;

  /* The value as the validator sees it: one text node, after the parser
   * normalised it. */
  if (text != NULL && text->next == NULL && text->type == XML_TEXT_NODE)
    value = (const char *)text->content;
  else
    value = (const char *)(copy = xmlNodeListGetString (attr->doc, attr->children, 1));

  valid = (!is_id || tradeoff_rules_check_id (value != NULL ? value : "", NULL)) &&
          (!is_text || has_non_blank (BAD_CAST value));
  xmlFree (copy);

  return valid;
}

static gboolean
text_content_valid (xmlNode *element)
{
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        has_non_blank (child->content))
      return TRUE;

  return FALSE;
}

/* Written plainly, in one text: "0", or digits not starting with 0 after
 * an optional "-", with blanks around it or not; within @integer's
 * bounds. */
static gboolean
integer_content_valid (xmlNode              *element,
                       const IntegerElement *integer)
{
  xmlNode *text = element->children;
  const char *start;
  const char *digits;
  gsize n;

  if (text == NULL || text->next != NULL || text->type != XML_TEXT_NODE)
    return FALSE;

  start = (const char *)text->content;
  start += strspn (start, BLANKS);
  digits = start + (start[0] == '-');
  n = strspn (digits, "0123456789");
  if (n == 0 || n > 6 || (digits[0] == '0' && n > 1) ||
      digits[n + strspn (digits + n, BLANKS)] != '\0')
    return FALSE;

  return g_ascii_strtoll (start, NULL, 10) >= integer->min &&
         g_ascii_strtoll (start, NULL, 10) <= integer->max;
}

gboolean
_tradeoff_loader_schema_values_valid (xmlNode *element)
{
  if (is_in (TEXT_ELEMENTS, element->name) && !text_content_valid (element))
    return FALSE;

  for (guint i = 0; integer_elements[i].name != NULL; i++)
    if (element->name[0] == (xmlChar)integer_elements[i].name[0] &&
        strcmp ((const char *)element->name, integer_elements[i].name) == 0 &&
        !integer_content_valid (element, &integer_elements[i]))
      return FALSE;

  for (xmlAttr *attr = element->properties; attr != NULL; attr = attr->next)
    if (!attribute_valid (attr))
      return FALSE;

  return TRUE;
}
