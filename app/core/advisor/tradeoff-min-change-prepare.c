/* tradeoff-min-change-prepare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before a search: the moves worth trying for each answer, the order the
 * answers are taken in, the tables the bounds read, and a first answer by
 * greedy descent, tidied by local search, that the deepening must beat.
 */

#define G_LOG_DOMAIN "tradeoff-min-change"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tradeoff-min-change-private.h"

/* Whether move @j can replace move @i (of the same answer) in any
 * solution: at least as good on every margin, rule-out and count on. */
static gboolean
dominates (const Search *search,
           const McMove *j,
           const McMove *i)
{
  guint8 goal_bit;

  /* With no leader to keep (a tie, nothing ticked) there is no option to
   * shift a bit for: search->option is MC_NONE. */
  if (search->question == MC_QUESTION_FIRM &&
      search->start.kind != TRADEOFF_MIN_CHANGE_VERDICT_LEADER)
    return FALSE;

  g_assert (search->option < 8);
  goal_bit = (guint8) (1u << search->option);

  for (guint r = 0; r < search->n; r++)
    if (r != search->option && mc_move_gain (search, j, r) < mc_move_gain (search, i, r))
      return FALSE;

  if (search->question == MC_QUESTION_LEAD)
    return (j->rules & i->rules) == i->rules && j->on >= i->on;

  /* The leader loses its lead by being ruled out, by a rival that stays in
   * catching up, or by everything going off. */
  return ((j->rules & goal_bit) || !(i->rules & goal_bit)) &&
         ((j->rules & ~goal_bit) & ~(i->rules & ~goal_bit)) == 0 &&
         j->on <= i->on;
}

/* The moves of answer @a worth trying, into @out. */
static void
answer_candidates (const Search *search,
                   guint         a,
                   GArray       *out)
{
  const McModel *model = search->model;
  guint first = model->move_first[a];
  guint last = model->move_first[a + 1];

  for (guint i = first; i < last; i++)
    {
      const McMove *move = &model->moves[i];
      gboolean keep = TRUE;

      if (search->question == MC_QUESTION_LEAD && (move->rules & (1u << search->option)))
        continue;
      for (guint j = first; j < last && keep; j++)
        {
          const McMove *other = &model->moves[j];

          if (j == i || (search->question == MC_QUESTION_LEAD &&
                         (other->rules & (1u << search->option))))
            continue;
          /* Of two equivalent moves, the first stays. */
          if (dominates (search, other, move) && (j < i || !dominates (search, move, other)))
            keep = FALSE;
        }
      if (keep)
        g_array_append_val (out, i);
    }
}

typedef struct
{
  int   key;
  guint answer;
  guint first;
  guint n;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a;
  const Ranked *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;

  return (x->answer > y->answer) - (x->answer < y->answer);
}

/* How much the best move of each answer brings the goal nearer, alone. */
static int
answer_key (Search      *search,
            const guint *cand,
            guint        n_cand,
            int          before)
{
  int key = G_MININT;

  for (guint i = 0; i < n_cand; i++)
    {
      const McMove *move = &search->model->moves[cand[i]];

      mc_state_apply (search, move, 1);
      key = MAX (key, before - mc_potential (search));
      mc_state_apply (search, move, -1);
    }

  return key;
}

static void
prepare_suffixes (Search *search)
{
  guint n = search->n;
  guint t = search->option;

  search->gain = g_new (int, (search->n_positions + 1) * n);
  search->ruleable = g_new0 (guint8, search->n_positions + 1);
  search->blockers = g_new0 (guint, search->n_positions + 1);
  for (guint r = 0; r < n; r++)
    search->gain[search->n_positions * n + r] = G_MININT / 2;

  for (guint p = search->n_positions; p-- > 0;)
    {
      guint a = search->order[p];

      memcpy (search->gain + p * n, search->gain + (p + 1) * n, n * sizeof (int));
      search->ruleable[p] = search->ruleable[p + 1];
      search->blockers[p] = search->blockers[p + 1];
      if (t != MC_NONE && (search->model->current_rules[a] >> t) & 1)
        search->blockers[p]++;
      for (guint i = search->cand_first[p]; i < search->cand_first[p + 1]; i++)
        {
          const McMove *move = &search->model->moves[search->cand[i]];

          search->ruleable[p] |= mc_move_useful_rules (search, move);
          for (guint r = 0; r < n; r++)
            if (r != t)
              search->gain[p * n + r] = MAX (search->gain[p * n + r], mc_move_gain (search, move, r));
        }
    }
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x < y) - (x > y);
}

static void
prepare_surrogate (Search    *search,
                   const int *weights)
{
  guint s = search->n_surrogates++;
  int *sums = g_new0 (int, search->n_positions + 1);
  guint len = 0;

  memcpy (search->surrogate_weights[s], weights, sizeof (int) * MC_MAX);
  for (guint p = 0; p < search->n_positions; p++)
    {
      int best = 0;

      for (guint i = search->cand_first[p]; i < search->cand_first[p + 1]; i++)
        {
          const McMove *move = &search->model->moves[search->cand[i]];
          int sum = 0;

          for (guint r = 0; r < search->n; r++)
            sum += weights[r] * mc_move_gain (search, move, r);
          best = MAX (best, sum);
        }
      if (best > 0)
        sums[1 + len++] = best;
    }
  qsort (sums + 1, len, sizeof (int), compare_descending);
  for (guint j = 1; j <= len; j++)
    sums[j] += sums[j - 1];
  search->surrogate_sums[s] = sums;
  search->surrogate_len[s] = len;
}

/* Over the rivals that can only be overtaken: each alone, each pair, all
 * of them, and all weighted by what each lacks now, which is where the
 * linear relaxation's best weights tend to lie when several bind. */
static void
prepare_surrogates (Search *search)
{
  guint t = search->option;
  int one[MC_MAX] = { 0 }, all[MC_MAX] = { 0 }, lacking[MC_MAX] = { 0 };
  guint n_rivals = 0, n_lacking = 0;

  if (search->question != MC_QUESTION_LEAD)
    return;
  for (guint r = 0; r < search->n; r++)
    {
      if (r == t || search->model->ruled[r] > 0 || (search->ruleable[0] & (1u << r)))
        continue;
      all[r] = 1;
      n_rivals++;
      lacking[r] = MAX (0, search->scores[r] - search->scores[t] + 1);
      n_lacking += lacking[r] > 0;
      one[r] = 1;
      prepare_surrogate (search, one);
      for (guint q = 0; q < r; q++)
        if (all[q])
          {
            one[q] = 1;
            prepare_surrogate (search, one);
            one[q] = 0;
          }
      one[r] = 0;
    }
  if (n_rivals >= 3)
    prepare_surrogate (search, all);
  if (n_lacking >= 2)
    prepare_surrogate (search, lacking);
}

/* The candidates of every answer, the answers in the order to take them,
 * and the bounds' tables. */
void
mc_prepare (Search *search)
{
  const McModel *model = search->model;
  g_autoptr(GArray) cand = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree Ranked *ranked = g_new0 (Ranked, MAX (model->n_answers, 1));
  int before = mc_potential (search);
  guint n_ranked = 0;

  for (guint a = 0; a < model->n_answers; a++)
    {
      guint first = cand->len;

      answer_candidates (search, a, cand);
      if (cand->len == first)
        continue;
      ranked[n_ranked].answer = a;
      ranked[n_ranked].first = first;
      ranked[n_ranked].n = cand->len - first;
      ranked[n_ranked].key = answer_key (search, &g_array_index (cand, guint, first),
                                         cand->len - first, before);
      n_ranked++;
    }
  qsort (ranked, n_ranked, sizeof (Ranked), compare_ranked);

  search->n_positions = n_ranked;
  search->order = g_new (guint, MAX (n_ranked, 1));
  search->cand = g_new (guint, MAX (cand->len, 1));
  search->cand_first = g_new0 (guint, n_ranked + 1);
  search->path = g_new (guint, n_ranked + 1);
  for (guint p = 0; p < n_ranked; p++)
    {
      search->order[p] = ranked[p].answer;
      memcpy (search->cand + search->cand_first[p], &g_array_index (cand, guint, ranked[p].first),
              ranked[p].n * sizeof (guint));
      search->cand_first[p + 1] = search->cand_first[p] + ranked[p].n;
    }
  prepare_suffixes (search);
  prepare_surrogates (search);
}

void
mc_prepare_clear (Search *search)
{
  g_clear_pointer (&search->order, g_free);
  g_clear_pointer (&search->cand, g_free);
  g_clear_pointer (&search->cand_first, g_free);
  g_clear_pointer (&search->path, g_free);
  g_clear_pointer (&search->gain, g_free);
  g_clear_pointer (&search->ruleable, g_free);
  g_clear_pointer (&search->blockers, g_free);
  for (guint s = 0; s < search->n_surrogates; s++)
    g_clear_pointer (&search->surrogate_sums[s], g_free);
}

/* Applies (@sign 1) or takes back (-1) the moves of @path but two. */
static void
apply_path_but (Search      *search,
                const guint *path,
                guint        length,
                guint        skip_a,
                guint        skip_b,
                int          sign)
{
  for (guint i = 0; i < length; i++)
    if (i != skip_a && i != skip_b)
      mc_state_apply (search, &search->model->moves[path[i]], sign);
}

/* A single move, on an answer @path leaves alone but for @skip_a and
 * @skip_b, that reaches the goal from the state the rest of @path leads
 * to; MC_NONE if there is none. */
static guint
one_move_instead (Search      *search,
                  const guint *path,
                  guint        length,
                  guint        skip_a,
                  guint        skip_b)
{
  const McMove *moves = search->model->moves;
  guint found = MC_NONE;

  apply_path_but (search, path, length, skip_a, skip_b, 1);
  for (guint q = 0; q < search->n_positions && found == MC_NONE; q++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < length; i++)
        taken |= i != skip_a && i != skip_b && moves[path[i]].answer == search->order[q];
      for (guint i = search->cand_first[q]; i < search->cand_first[q + 1] && !taken; i++)
        {
          mc_state_apply (search, &moves[search->cand[i]], 1);
          if (mc_goal_reached (search))
            found = search->cand[i];
          mc_state_apply (search, &moves[search->cand[i]], -1);
          if (found != MC_NONE)
            break;
        }
    }
  apply_path_but (search, path, length, skip_a, skip_b, -1);

  return found;
}

static void
remove_at (guint *path,
           guint *length,
           guint  i)
{
  memmove (path + i, path + i + 1, (*length - i - 1) * sizeof (guint));
  (*length)--;
}

/* Local search on the greedy answer: drop a change the others do not
 * need, or replace two by one, while either can be done.  Each pass costs
 * O(length² × moves); the greedy answer is short. */
static void
improve (Search *search,
         guint  *path,
         guint  *length)
{
  gboolean better = TRUE;

  while (better && *length > 1)
    {
      better = FALSE;
      for (guint i = 0; i < *length && !better; i++)
        {
          apply_path_but (search, path, *length, i, i, 1);
          better = mc_goal_reached (search);
          apply_path_but (search, path, *length, i, i, -1);
          if (better)
            remove_at (path, length, i);
        }
      for (guint i = 0; i < *length && !better; i++)
        for (guint j = i + 1; j < *length && !better; j++)
          {
            guint instead = one_move_instead (search, path, *length, i, j);

            if (instead == MC_NONE)
              continue;
            better = TRUE;
            path[i] = instead;
            remove_at (path, length, j);
          }
    }
}

/* Greedy descent: the move that brings the goal nearest, again and again.
 * Fast, often minimal, and an upper bound for the deepening.  Returns the
 * moves, or %NULL if it stalled; leaves the state as it found it. */
guint *
mc_descend (Search *search,
            guint  *n_moves)
{
  const McMove *moves = search->model->moves;
  g_autofree gboolean *used = g_new0 (gboolean, MAX (search->n_positions, 1));
  g_autofree guint *path = g_new (guint, search->n_positions + 1);
  guint length = 0;
  int now = mc_potential (search);

  if (search->question == MC_QUESTION_FIRM &&
      search->start.kind != TRADEOFF_MIN_CHANGE_VERDICT_LEADER)
    return NULL;

  while (now > 0 && length < search->n_positions)
    {
      guint best = MC_NONE, best_position = 0;
      int best_potential = now;

      for (guint q = 0; q < search->n_positions; q++)
        for (guint i = search->cand_first[q]; i < search->cand_first[q + 1] && !used[q]; i++)
          {
            int after;

            mc_state_apply (search, &moves[search->cand[i]], 1);
            after = mc_potential (search);
            mc_state_apply (search, &moves[search->cand[i]], -1);
            if (after < best_potential)
              {
                best_potential = after;
                best = search->cand[i];
                best_position = q;
              }
          }
      if (best == MC_NONE)
        break;
      mc_state_apply (search, &moves[best], 1);
      used[best_position] = TRUE;
      path[length++] = best;
      now = best_potential;
    }

  for (guint i = length; i-- > 0;)
    mc_state_apply (search, &moves[path[i]], -1);
  if (now == 0)
    improve (search, path, &length);
  *n_moves = length;

  return now == 0 ? g_steal_pointer (&path) : NULL;
}
