/* tradeoff-comparison-texts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a comparison's texts live: a few large blocks shared by all of its
 * items, rather than one allocation per text.  A large comparison holds
 * some 40,000 texts; allocating them one by one, and freeing them one by
 * one when the comparison goes, cost more than validating the file did.
 *
 * Texts are only ever added, never changed or freed on their own.  Every
 * item holds a reference, so an item somebody keeps after its comparison
 * is gone still has its texts; the blocks go with the last reference.
 */

#define G_LOG_DOMAIN "tradeoff-comparison"

#include "config.h"

#include <string.h>

#include "tradeoff-comparison-private.h"

/* Small comparisons (and items built one at a time by tests) stay small;
 * a large one ends up with blocks of 32 kB.  Not larger: glibc maps each
 * allocation of 128 kB or more afresh from the system, and page faults
 * on every block cost more than the few more blocks do. */
#define FIRST_BLOCK_SIZE 1024
#define MAX_BLOCK_SIZE   (32 * 1024)

struct _TradeoffTexts
{
  GPtrArray *blocks;
  /* The free space at the end of the newest block. */
  char      *free;
  char      *end;
  gsize      next_block_size;
};

TradeoffTexts *
_tradeoff_texts_new (void)
{
  TradeoffTexts *self = g_atomic_rc_box_new0 (TradeoffTexts);

  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->next_block_size = FIRST_BLOCK_SIZE;

  return self;
}

TradeoffTexts *
_tradeoff_texts_ref (TradeoffTexts *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
tradeoff_texts_clear (gpointer data)
{
  TradeoffTexts *self = data;

  g_ptr_array_unref (self->blocks);
}

void
_tradeoff_texts_unref (TradeoffTexts *self)
{
  g_atomic_rc_box_release_full (self, tradeoff_texts_clear);
}

char *
_tradeoff_texts_reserve (TradeoffTexts *self,
                        gsize          size)
{
  if ((gsize)(self->end - self->free) < size)
    {
      /* A text larger than a block gets a block of its own; the rest of
       * the current one is left unused. */
      gsize block_size = MAX (size, self->next_block_size);

      self->free = g_malloc (block_size);
      self->end = self->free + block_size;
      g_ptr_array_add (self->blocks, self->free);
      self->next_block_size = MIN (self->next_block_size * 2, MAX_BLOCK_SIZE);
    }

  return self->free;
}

void
_tradeoff_texts_commit (TradeoffTexts *self,
                       const char    *end)
{
  g_return_if_fail (end > self->free && end <= self->end);

  self->free = (char *)end;
}

const char *
_tradeoff_texts_add (TradeoffTexts *self,
                    const char    *text)
{
  gsize size;
  char *copy;

  if (text == NULL)
    return NULL;

  size = strlen (text) + 1;
  copy = _tradeoff_texts_reserve (self, size);
  memcpy (copy, text, size);
  _tradeoff_texts_commit (self, copy + size);

  return copy;
}
