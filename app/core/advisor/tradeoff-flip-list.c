/* tradeoff-flip-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The advisor's flips as a list model whose items are made when they are
 * read.  A large comparison has thousands of flips (with must-haves, up to
 * three per criterion), and a change of leader renews them all; the window
 * shows eight of them and their number.  Making and freeing a TradeoffFlip
 * for every one on every tick was half of a tick's handlers on the large
 * comparison (README, "The tick within a frame"), so a list holds the
 * flips as plain records, with the criterion and option objects they name,
 * and makes a flip object the first time its position is read.
 *
 * A list never changes: the advisor makes a new one when the flips do.
 * The new list shares the items the list before had made for records
 * that stayed, so a flip that did not change is the same object in both.
 */

#define G_LOG_DOMAIN "tradeoff-flip-list"

#include "config.h"

#include "tradeoff-advisor-private.h"

#define TRADEOFF_TYPE_FLIP_LIST (tradeoff_flip_list_get_type ())
G_DECLARE_FINAL_TYPE (TradeoffFlipList, tradeoff_flip_list, TRADEOFF, FLIP_LIST, GObject)

struct _TradeoffFlipList
{
  GObject parent_instance;

  /* Owns the criterion and option objects below. */
  TradeoffComparison *comparison;
  /* Copies of the tally's, as they were when the list was made. */
  TradeoffCriterion **criteria;
  guint n_criteria;
  TradeoffOption **options;
  guint n_options;

  TradeoffFlipRecord *records;
  guint n_records;
  /* Per record: its flip once read (a reference), else NULL. */
  TradeoffFlip **items;
  guint n_made;
};

static void tradeoff_flip_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TradeoffFlipList, tradeoff_flip_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, tradeoff_flip_list_model_init))

static GType
tradeoff_flip_list_get_item_type (GListModel *model)
{
  return TRADEOFF_TYPE_FLIP;
}

static guint
tradeoff_flip_list_get_n_items (GListModel *model)
{
  return TRADEOFF_FLIP_LIST (model)->n_records;
}

static gpointer
tradeoff_flip_list_get_item (GListModel *model,
                             guint       position)
{
  TradeoffFlipList *self = TRADEOFF_FLIP_LIST (model);
  const TradeoffFlipRecord *record;

  if (position >= self->n_records)
    return NULL;

  record = &self->records[position];
  if (self->items[position] == NULL)
    {
      TradeoffOption *outcome = record->outcome != TRADEOFF_NO_INDEX ? self->options[record->outcome] : NULL;

      self->items[position] = _tradeoff_flip_new (self->criteria[record->criterion], outcome, record);
      self->n_made++;
    }

  return g_object_ref (self->items[position]);
}

static void
tradeoff_flip_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = tradeoff_flip_list_get_item_type;
  iface->get_n_items = tradeoff_flip_list_get_n_items;
  iface->get_item = tradeoff_flip_list_get_item;
}

static void
tradeoff_flip_list_finalize (GObject *object)
{
  TradeoffFlipList *self = TRADEOFF_FLIP_LIST (object);

  for (guint i = 0; self->n_made > 0 && i < self->n_records; i++)
    g_clear_object (&self->items[i]);
  g_free (self->items);
  g_free (self->records);
  g_free (self->criteria);
  g_free (self->options);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (tradeoff_flip_list_parent_class)->finalize (object);
}

static void
tradeoff_flip_list_class_init (TradeoffFlipListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tradeoff_flip_list_finalize;
}

static void
tradeoff_flip_list_init (TradeoffFlipList *self)
{
}

/* An empty list naming the tally's objects as they are now. */
static TradeoffFlipList *
flip_list_new (TradeoffComparison  *comparison,
               const TradeoffTally *tally,
               guint                n_records)
{
  TradeoffFlipList *self = g_object_new (TRADEOFF_TYPE_FLIP_LIST, NULL);

  self->comparison = g_object_ref (comparison);
  self->n_criteria = tally->n_criteria;
  self->criteria = g_memdup2 (tally->criteria, MAX (tally->n_criteria, 1) * sizeof (gpointer));
  self->n_options = tally->n_options;
  self->options = g_memdup2 (tally->options, MAX (tally->n_options, 1) * sizeof (gpointer));
  self->n_records = n_records;
  self->records = g_new (TradeoffFlipRecord, MAX (n_records, 1));
  self->items = g_new0 (TradeoffFlip *, MAX (n_records, 1));

  return self;
}

/* Records are in (criterion, level) order: the position of @record in
 * @self, or -1. */
static int
find_record (TradeoffFlipList         *self,
             const TradeoffFlipRecord *record)
{
  guint low = 0, high = self->n_records;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const TradeoffFlipRecord *at = &self->records[middle];

      if (at->criterion < record->criterion ||
          (at->criterion == record->criterion && at->level < record->level))
        low = middle + 1;
      else
        high = middle;
    }

  return low < self->n_records ? (int) low : -1;
}

static gboolean
same_record (const TradeoffFlipRecord *a,
             const TradeoffFlipRecord *b)
{
  return a->criterion == b->criterion && a->level == b->level && a->from == b->from &&
         a->outcome == b->outcome && a->kind == b->kind;
}

/* Whether @flip, made by @old, names what @self would name. */
static gboolean
names_same (TradeoffFlipList         *self,
            TradeoffFlipList         *old,
            const TradeoffFlipRecord *record)
{
  return record->criterion < self->n_criteria && record->criterion < old->n_criteria &&
         self->criteria[record->criterion] == old->criteria[record->criterion] &&
         (record->outcome == TRADEOFF_NO_INDEX ||
          (record->outcome < self->n_options && record->outcome < old->n_options &&
           self->options[record->outcome] == old->options[record->outcome]));
}

/* The items @old made whose records @self has too, naming the same
 * objects, are @self's too.  O(flips made × log flips). */
static void
share_items (TradeoffFlipList *self,
             TradeoffFlipList *old)
{
  for (guint j = 0; old->n_made > 0 && j < old->n_records; j++)
    {
      const TradeoffFlipRecord *record = &old->records[j];
      int i;

      if (old->items[j] == NULL || !names_same (self, old, record))
        continue;
      i = find_record (self, record);
      if (i >= 0 && same_record (&self->records[i], record) && self->items[i] == NULL)
        {
          self->items[i] = g_object_ref (old->items[j]);
          self->n_made++;
        }
    }
}

GListModel *
_tradeoff_flips_new_list (TradeoffComparison       *comparison,
                          const TradeoffTally      *tally,
                          const TradeoffFlipRecord *records,
                          guint                     n_records,
                          GListModel               *old_list)
{
  TradeoffFlipList *self = flip_list_new (comparison, tally, n_records);

  if (n_records > 0)
    memcpy (self->records, records, n_records * sizeof (TradeoffFlipRecord));
  if (old_list != NULL)
    share_items (self, TRADEOFF_FLIP_LIST (old_list));

  return G_LIST_MODEL (self);
}

GListModel *
_tradeoff_flips_follow (TradeoffComparison  *comparison,
                        const TradeoffTally *tally,
                        GListModel          *list)
{
  TradeoffFlipList *old = TRADEOFF_FLIP_LIST (list);

  if (old->n_criteria == tally->n_criteria && old->n_options == tally->n_options &&
      memcmp (old->criteria, tally->criteria, tally->n_criteria * sizeof (gpointer)) == 0 &&
      memcmp (old->options, tally->options, tally->n_options * sizeof (gpointer)) == 0)
    return NULL;

  return _tradeoff_flips_new_list (comparison, tally, old->records, old->n_records, list);
}

guint
_tradeoff_flips_n_made (GListModel *list)
{
  g_return_val_if_fail (TRADEOFF_IS_FLIP_LIST (list), 0);

  return TRADEOFF_FLIP_LIST (list)->n_made;
}
