/* tradeoff-min-change-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What tradeoff-min-change.c (the answers and the moves they allow) shares
 * with tradeoff-min-change-search.c (the search for one question).
 */

#pragma once

#include "tradeoff-min-change.h"

G_BEGIN_DECLS

#define MC_MAX TRADEOFF_MIN_CHANGE_MAX_OPTIONS
#define MC_NONE G_MAXUINT

/* Setting one answer to one other value: what it does to every score, to
 * which options it rules out, and to the number of answers that are on,
 * compared with the answer's current value. */
typedef struct
{
  guint  answer;
  guint  criterion;
  int    group;
  guint8 level;
  /* Options the new value rules out (a must-have's unserved options). */
  guint8 rules;
  gint8  on;
  int    delta[MC_MAX];
} McMove;

/* The answers and every move they allow, built once per solve. */
typedef struct
{
  guint   n_options;
  guint   n_criteria;
  guint   n_answers;
  const int *weights;
  const int *groups;
  /* Per answer: its criteria (one, or a group's), its current criterion
   * (MC_NONE when off) and level, and what that value rules out. */
  guint  *member_first;   /* n_answers + 1 */
  guint  *members;
  guint  *current;
  guint8 *current_level;
  guint8 *current_rules;
  /* Moves, grouped by answer: those of answer a are
   * moves[move_first[a] .. move_first[a + 1]). */
  McMove *moves;
  guint  *move_first;
  guint   n_moves;
  /* The state of the current answers. */
  int     scores[MC_MAX];
  guint   ruled[MC_MAX];
  guint   n_on;
} McModel;

typedef enum
{
  MC_QUESTION_LEAD,   /* make @option the leader alone */
  MC_QUESTION_FIRM,   /* make the verdict differ from @start */
} McQuestion;

typedef struct
{
  guint64       max_nodes;
  gint64        deadline_us;   /* g_get_monotonic_time () value, or 0 */
  GCancellable *cancellable;
} McLimits;

TradeoffMinChangeVerdict mc_state_verdict (guint        n_options,
                                           const int   *scores,
                                           const guint *ruled,
                                           guint        n_on);

/* Answers one question by greedy descent then iterative deepening;
 * fills @result but for its reason, which the caller decides beforehand. */
void mc_search (const McModel           *model,
                McQuestion               question,
                guint                    option,
                TradeoffMinChangeVerdict start,
                const McLimits          *limits,
                TradeoffMinChangeResult *result);

G_END_DECLS
