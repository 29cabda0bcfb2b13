/* tradeoff-decision-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision file: the comparison as its file had it (texts as written,
 * not as translated, so it opens in any language), as the comparison
 * writer writes it, then a <decision> element with levels, own criteria
 * and the record, all by id.  Written atomically, as reports are.
 */

#define G_LOG_DOMAIN "tradeoff-decision"

#include "config.h"

#include "tradeoff-decision-private.h"
#include "tradeoff-atomic-file.h"
#include "tradeoff-writer.h"

static void
append_text_element (GString    *out,
                     guint       indent,
                     const char *name,
                     const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;

  escaped = g_markup_escape_text (text, -1);
  g_string_append_printf (out, "%*s<%s>%s</%s>\n", indent, "", name, escaped, name);
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || *value == '\0')
    return;

  escaped = g_markup_escape_text (value, -1);
  g_string_append_printf (out, " %s=\"%s\"", name, escaped);
}

static void
append_weights (GString            *out,
                guint               indent,
                TradeoffComparison *comparison,
                const int          *weights,
                guint               n_weights)
{
  for (guint o = 0; o < tradeoff_comparison_get_n_options (comparison); o++)
    g_string_append_printf (out, "%*s<weight option=\"%s\">%d</weight>\n", indent, "",
                            tradeoff_option_get_id (tradeoff_comparison_get_option (comparison, o)),
                            o < n_weights ? weights[o] : 0);
}

static void
append_decision (GString               *out,
                 TradeoffComparison    *comparison,
                 TradeoffDecisionState *state)
{
  const TradeoffDecisionFields *fields = &state->fields;

  g_string_append_printf (out, "  <decision status=\"%s\"",
                          tradeoff_decision_status_to_nick (fields->status));
  append_attribute (out, "date", fields->date);
  g_string_append (out, ">\n");
  append_text_element (out, 4, "deciders", fields->deciders);
  if (fields->chosen != NULL)
    {
      g_string_append (out, "    <chosen");
      append_attribute (out, "option", fields->chosen);
      if (fields->reason == NULL)
        {
          g_string_append (out, "/>\n");
        }
      else
        {
          g_string_append (out, ">\n");
          append_text_element (out, 6, "reason", fields->reason);
          g_string_append (out, "    </chosen>\n");
        }
    }
  append_text_element (out, 4, "note", fields->note);

  for (guint i = 0; i < state->own_groups->len; i++)
    {
      TradeoffOwnGroup *group = state->own_groups->pdata[i];

      g_string_append (out, "    <own-group");
      append_attribute (out, "id", group->id);
      g_string_append (out, ">\n");
      append_text_element (out, 6, "label", group->label);
      g_string_append (out, "    </own-group>\n");
    }

  for (guint i = 0; i < state->own_criteria->len; i++)
    {
      TradeoffOwnCriterion *own = state->own_criteria->pdata[i];

      g_string_append (out, "    <own-criterion");
      append_attribute (out, "id", own->id);
      append_attribute (out, "group", own->group);
      g_string_append (out, ">\n");
      append_text_element (out, 6, "label", own->label);
      append_weights (out, 6, comparison, own->weights, TRADEOFF_MAX_OPTIONS);
      g_string_append (out, "    </own-criterion>\n");
    }

  for (guint i = 0; state->levels[i] != NULL; i++)
    {
      const char *colon = strchr (state->levels[i], ':');
      g_autofree char *id = colon ? g_strndup (state->levels[i], colon - state->levels[i])
                                  : g_strdup (state->levels[i]);
      const char *level = colon == NULL ? "matters" : g_str_equal (colon + 1, "2") ? "a-lot" : "must";

      g_string_append_printf (out, "    <level criterion=\"%s\">%s</level>\n", id, level);
    }

  g_string_append (out, "  </decision>\n");
}

GBytes *
tradeoff_decision_to_bytes (TradeoffDecision *self)
{
  g_autoptr(TradeoffDecisionState) state = NULL;
  g_autoptr(GBytes) comparison = NULL;
  TradeoffComparison *source;
  const char *data;
  const char *end;
  gsize size;
  GString *out;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), NULL);

  source = self->source != NULL ? self->source : self->base;
  state = _tradeoff_decision_dup_state (self);

  /* The comparison writer's canonical file, with the decision before its
   * closing tag. */
  comparison = tradeoff_writer_to_bytes (source);
  data = g_bytes_get_data (comparison, &size);
  end = g_strrstr_len (data, size, "</comparison>");
  g_return_val_if_fail (end != NULL, NULL);

  out = g_string_new_len (data, end - data);
  append_decision (out, source, state);
  g_string_append (out, end);

  return g_string_free_to_bytes (out);
}

gboolean
tradeoff_decision_save (TradeoffDecision  *self,
                        GFile             *file,
                        GCancellable      *cancellable,
                        GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TRADEOFF_IS_DECISION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = tradeoff_decision_to_bytes (self);

  return tradeoff_atomic_file_write (file, bytes, cancellable, error);
}
