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
/* Each rival, each pair of rivals, all of them, and all weighted by what
 * each lacks at the start. */
#define MC_SURROGATES (MC_MAX + MC_MAX * (MC_MAX - 1) / 2 + 2)

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
  /* Fewer changes are already proven not to do: deepen from here. */
  guint         start_depth;
  GCancellable *cancellable;
} McLimits;

#define MC_INF G_MAXUINT
#define MC_BIG 100000

/* One question's search: what it tries, the tables its bounds read, and
 * the state it stands at (tradeoff-min-change-search.c). */
typedef struct
{
  const McModel           *model;
  McQuestion               question;
  guint                    option;   /* the target, or the leader the firmness is of */
  TradeoffMinChangeVerdict start;
  const McLimits          *limits;
  guint                    n;

  /* The answers in the order the search takes them, each with the moves
   * it tries for them: cand[cand_first[p] .. cand_first[p + 1]). */
  guint                    n_positions;
  guint                   *order;
  guint                   *cand;
  guint                   *cand_first;
  /* Over the candidates at position p and after: the best gain against
   * each option (gain[p * n + r]), the options some candidate rules out
   * usefully, and how many answers still rule the target out. */
  int                     *gain;
  guint8                  *ruleable;
  guint                   *blockers;
  /* Surrogate bounds, for making an option lead: for rivals none of which
   * can be ruled out, so each must end up behind on score, any weighted sum
   * of their margins must grow by the same sum of what each lacks.  The best gain
   * of each answer on that sum, sorted, as prefix sums: the fewest answers
   * that can make up a deficit is a search in them. */
  guint                    n_surrogates;
  int                      surrogate_weights[MC_SURROGATES][MC_MAX];
  int                     *surrogate_sums[MC_SURROGATES];
  guint                    surrogate_len[MC_SURROGATES];

  /* The state the search stands at. */
  int                      scores[MC_MAX];
  guint                    ruled[MC_MAX];
  guint                    n_on;
  guint                   *path;
  guint                    depth;

  guint64                  nodes;
  gboolean                 stopped;
} Search;

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

void     mc_state_apply       (Search       *search,
                               const McMove *move,
                               int           sign);
gboolean mc_goal_reached      (const Search *search);
int      mc_move_gain         (const Search *search,
                               const McMove *move,
                               guint         r);
guint8   mc_move_useful_rules (const Search *search,
                               const McMove *move);
int      mc_potential         (const Search *search);

/* tradeoff-min-change-prepare.c */
void     mc_prepare           (Search       *search);
void     mc_prepare_clear     (Search       *search);
guint   *mc_descend           (Search       *search,
                               guint        *n_moves);

G_END_DECLS
