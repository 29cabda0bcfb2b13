/* tradeoff-min-change-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One question — "what is the fewest changes that make option t lead?" or
 * "that change the verdict?" — answered exactly: a greedy descent gives a
 * first answer fast, then iterative deepening on the number of changes
 * proves it minimal or finds a smaller one.
 *
 * Each depth is a depth-first search over sets of answers, each answer
 * taken at most once and in one fixed order, so a set is visited once.
 * The order puts the most useful answers first, which makes the bounds
 * below tighten fast.  Three things prune:
 *
 * - Dominated moves.  Of two values of one answer, one that is at least as
 *   good for the question on every score margin, every rule-out and the
 *   count of answers on can replace the other in any solution: the other is
 *   never tried.  (The goals are monotone in each of these.)
 * - An admissible bound.  For t to lead, every rival r still ahead of it
 *   must be ruled out (one change, if some move still to come can) or
 *   overtaken: the margin it lacks, divided by the most any one move still
 *   to come can gain on r, rounded up.  Every must-have that rules t out
 *   must be changed, one change each.  No set of fewer changes can do.
 *   For the firmness the same, the other way round, and the least of the
 *   ways the leader can lose its lead.
 * - Moves that rule t out are never tried for t: no later change can take
 *   them back.
 *
 * A node and time budget, and a GCancellable, stop the search; what it
 * found by then is returned as not proven minimal.
 */

#define G_LOG_DOMAIN "tradeoff-min-change"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tradeoff-min-change-private.h"

#define INF G_MAXUINT
#define BIG 100000

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
  /* Surrogate bounds, for making an option lead: for a set of rivals none
   * of which can be ruled out, so each must end up behind on score, the
   * summed margin must grow by the sum of what each lacks.  The best gain
   * of each answer on that sum, sorted, as prefix sums: the fewest answers
   * that can make up a deficit is a search in them. */
  guint                    n_surrogates;
  guint8                   surrogate_rivals[MC_MAX];
  int                     *surrogate_sums[MC_MAX];
  guint                    surrogate_len[MC_MAX];

  /* The state the search stands at. */
  int                      scores[MC_MAX];
  guint                    ruled[MC_MAX];
  guint                    n_on;
  guint                   *path;
  guint                    depth;

  guint64                  nodes;
  gboolean                 stopped;
} Search;

static void
state_apply (Search       *search,
             const McMove *move,
             int           sign)
{
  guint8 was_rules = search->model->current_rules[move->answer];

  for (guint o = 0; o < search->n; o++)
    {
      search->scores[o] += sign * move->delta[o];
      search->ruled[o] += sign * (int) (((move->rules >> o) & 1) - ((was_rules >> o) & 1));
    }
  search->n_on += sign * move->on;
}

static gboolean
goal_reached (const Search *search)
{
  guint t = search->option;

  if (search->question == MC_QUESTION_FIRM)
    {
      TradeoffMinChangeVerdict now =
        mc_state_verdict (search->n, search->scores, search->ruled, search->n_on);

      return now.kind != search->start.kind || now.leader != search->start.leader;
    }

  if (search->n_on == 0 || search->ruled[t] > 0)
    return FALSE;
  for (guint r = 0; r < search->n; r++)
    if (r != t && search->ruled[r] == 0 && search->scores[r] >= search->scores[t])
      return FALSE;

  return TRUE;
}

/* The margin a move gains towards the goal against option @r. */
static int
move_gain (const Search *search,
           const McMove *move,
           guint         r)
{
  /* The firmness of a tie or of no verdict has no leader to gain on. */
  if (search->option == MC_NONE)
    return 0;
  if (search->question == MC_QUESTION_LEAD)
    return move->delta[search->option] - move->delta[r];

  return move->delta[r] - move->delta[search->option];
}

static guint8
move_useful_rules (const Search *search,
                   const McMove *move)
{
  if (search->option == MC_NONE)
    return 0;
  if (search->question == MC_QUESTION_LEAD)
    return move->rules;

  return move->rules & (1u << search->option);
}

static guint
surrogate_bound (const Search *search,
                 guint         s)
{
  const int *sums = search->surrogate_sums[s];
  int lacking = 0;
  guint low = 1, high = search->surrogate_len[s];

  for (guint r = 0; r < search->n; r++)
    if (search->surrogate_rivals[s] & (1u << r))
      lacking += search->scores[r] - search->scores[search->option] + 1;

  if (lacking <= 0)
    return 0;
  if (sums[high] < lacking)
    return INF;
  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (sums[mid] >= lacking)
        high = mid;
      else
        low = mid + 1;
    }

  return low;
}

static guint
lead_bound (const Search *search,
            guint         p)
{
  guint t = search->option;
  guint lb = search->ruled[t];

  /* A must-have ruling t out that the search has passed stays. */
  if (search->ruled[t] > search->blockers[p])
    return INF;

  for (guint r = 0; r < search->n; r++)
    {
      int lacking = search->scores[r] - search->scores[t] + 1;
      int g = search->gain[p * search->n + r];

      if (r == t || search->ruled[r] > 0 || lacking <= 0)
        continue;
      if (search->ruleable[p] & (1u << r))
        lb = MAX (lb, 1);
      else if (g <= 0)
        return INF;
      else
        lb = MAX (lb, (guint) ((lacking + g - 1) / g));
    }

  for (guint s = 0; s < search->n_surrogates && lb != INF; s++)
    {
      guint more = surrogate_bound (search, s);

      lb = more == INF ? INF : MAX (lb, more);
    }

  return lb == INF ? INF : MAX (lb, search->n_on == 0 ? 1u : 0u);
}

static guint
firm_bound (const Search *search,
            guint         p)
{
  guint leader = search->option;
  guint best = search->n_on;   /* everything off */

  if (search->start.kind != TRADEOFF_MIN_CHANGE_VERDICT_LEADER)
    return 1;
  if (search->ruleable[p] & (1u << leader))
    return 1;

  for (guint r = 0; r < search->n; r++)
    {
      int ahead = search->scores[leader] - search->scores[r];
      int g = search->gain[p * search->n + r];
      guint need;

      if (r == leader || g <= 0)
        continue;
      need = ahead <= 0 ? 1 : (guint) ((ahead + g - 1) / g);
      best = MIN (best, MAX (need, 1));
    }

  return best;
}

static gboolean
out_of_budget (Search *search)
{
  const McLimits *limits = search->limits;

  search->nodes++;
  if (limits->max_nodes != 0 && search->nodes > limits->max_nodes)
    search->stopped = TRUE;
  else if ((search->nodes & 1023) == 0)
    {
      if (g_cancellable_is_cancelled (limits->cancellable))
        search->stopped = TRUE;
      else if (limits->deadline_us != 0 && g_get_monotonic_time () > limits->deadline_us)
        search->stopped = TRUE;
    }

  return search->stopped;
}

static gboolean
dfs (Search *search,
     guint   p,
     guint   left)
{
  const McMove *moves = search->model->moves;
  guint bound;

  if (out_of_budget (search))
    return FALSE;
  if (goal_reached (search))
    return TRUE;
  if (left == 0)
    return FALSE;

  bound = search->question == MC_QUESTION_LEAD ? lead_bound (search, p) : firm_bound (search, p);
  if (bound > left)
    return FALSE;

  for (guint q = p; q < search->n_positions; q++)
    for (guint i = search->cand_first[q]; i < search->cand_first[q + 1]; i++)
      {
        const McMove *move = &moves[search->cand[i]];

        state_apply (search, move, 1);
        search->path[search->depth++] = search->cand[i];
        if (dfs (search, q + 1, left - 1))
          return TRUE;
        search->depth--;
        state_apply (search, move, -1);
        if (search->stopped)
          return FALSE;
      }

  return FALSE;
}

/* How far the state is from the goal, for the greedy descent and for the
 * order of the answers: zero exactly when the goal is reached. */
static int
potential (const Search *search)
{
  guint t = search->option;
  int total = 0;

  if (goal_reached (search))
    return 0;

  if (search->question == MC_QUESTION_LEAD)
    {
      total = BIG * (int) search->ruled[t] + (search->n_on == 0);
      for (guint r = 0; r < search->n; r++)
        if (r != t && search->ruled[r] == 0)
          total += MAX (0, search->scores[r] - search->scores[t] + 1);
      return MAX (total, 1);
    }

  if (search->start.kind != TRADEOFF_MIN_CHANGE_VERDICT_LEADER)
    return 1;

  total = BIG * (int) MAX (search->n_on, 1);
  for (guint r = 0; r < search->n; r++)
    if (r != t)
      total = MIN (total, BIG * (int) search->ruled[r] +
                          MAX (1, search->scores[t] - search->scores[r]));

  return total;
}


/* Whether move @j can replace move @i (of the same answer) in any
 * solution: at least as good on every margin, rule-out and count on. */
static gboolean
dominates (const Search *search,
           const McMove *j,
           const McMove *i)
{
  guint8 goal_bit = 1u << search->option;

  if (search->question == MC_QUESTION_FIRM &&
      search->start.kind != TRADEOFF_MIN_CHANGE_VERDICT_LEADER)
    return FALSE;

  for (guint r = 0; r < search->n; r++)
    if (r != search->option && move_gain (search, j, r) < move_gain (search, i, r))
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

      state_apply (search, move, 1);
      key = MAX (key, before - potential (search));
      state_apply (search, move, -1);
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

          search->ruleable[p] |= move_useful_rules (search, move);
          for (guint r = 0; r < n; r++)
            if (r != t)
              search->gain[p * n + r] = MAX (search->gain[p * n + r], move_gain (search, move, r));
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
prepare_surrogate (Search *search,
                   guint8  rivals)
{
  guint s = search->n_surrogates++;
  int *sums = g_new0 (int, search->n_positions + 1);
  guint len = 0;

  search->surrogate_rivals[s] = rivals;
  for (guint p = 0; p < search->n_positions; p++)
    {
      int best = 0;

      for (guint i = search->cand_first[p]; i < search->cand_first[p + 1]; i++)
        {
          const McMove *move = &search->model->moves[search->cand[i]];
          int sum = 0;

          for (guint r = 0; r < search->n; r++)
            if (rivals & (1u << r))
              sum += move_gain (search, move, r);
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

/* Each rival that cannot be ruled out alone, and all of them together. */
static void
prepare_surrogates (Search *search)
{
  guint8 rivals = 0;
  guint n_rivals = 0;

  if (search->question != MC_QUESTION_LEAD)
    return;
  for (guint r = 0; r < search->n; r++)
    if (r != search->option && search->model->ruled[r] == 0 &&
        !(search->ruleable[0] & (1u << r)))
      {
        rivals |= 1u << r;
        n_rivals++;
        prepare_surrogate (search, 1u << r);
      }
  if (n_rivals >= 2)
    prepare_surrogate (search, rivals);
}

/* The candidates of every answer, the answers in the order to take them,
 * and the bounds' tables. */
static void
prepare (Search *search)
{
  const McModel *model = search->model;
  g_autoptr(GArray) cand = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree Ranked *ranked = g_new0 (Ranked, MAX (model->n_answers, 1));
  int before = potential (search);
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

static void
prepare_clear (Search *search)
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

/* Greedy descent: the move that brings the goal nearest, again and again.
 * Fast, often minimal, and an upper bound for the deepening.  Returns the
 * moves, or %NULL if it stalled; leaves the state as it found it. */
static guint *
descend (Search *search,
         guint  *n_moves)
{
  const McMove *moves = search->model->moves;
  g_autofree gboolean *used = g_new0 (gboolean, MAX (search->n_positions, 1));
  g_autofree guint *path = g_new (guint, search->n_positions + 1);
  guint length = 0;
  int now = potential (search);

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

            state_apply (search, &moves[search->cand[i]], 1);
            after = potential (search);
            state_apply (search, &moves[search->cand[i]], -1);
            if (after < best_potential)
              {
                best_potential = after;
                best = search->cand[i];
                best_position = q;
              }
          }
      if (best == MC_NONE)
        break;
      state_apply (search, &moves[best], 1);
      used[best_position] = TRUE;
      path[length++] = best;
      now = best_potential;
    }

  for (guint i = length; i-- > 0;)
    state_apply (search, &moves[path[i]], -1);
  *n_moves = length;

  return now == 0 ? g_steal_pointer (&path) : NULL;
}

static TradeoffMinChangeVerdict
verdict_after (Search      *search,
               const guint *path,
               guint        length)
{
  TradeoffMinChangeVerdict verdict;

  memcpy (search->scores, search->model->scores, sizeof search->scores);
  memcpy (search->ruled, search->model->ruled, sizeof search->ruled);
  search->n_on = search->model->n_on;
  for (guint i = 0; i < length; i++)
    state_apply (search, &search->model->moves[path[i]], 1);
  verdict = mc_state_verdict (search->n, search->scores, search->ruled, search->n_on);
  for (guint i = length; i-- > 0;)
    state_apply (search, &search->model->moves[path[i]], -1);

  return verdict;
}

static void
result_set_path (Search                  *search,
                 TradeoffMinChangeResult *result,
                 const guint             *path,
                 guint                    length)
{
  const McModel *model = search->model;

  g_array_set_size (result->changes, 0);
  for (guint i = 0; i < length; i++)
    {
      const McMove *move = &model->moves[path[i]];
      guint was = model->current[move->answer];
      TradeoffMinChange change = { 0 };

      change.criterion = move->criterion;
      change.group = move->group;
      change.level = move->level;
      change.was = was == move->criterion ? model->current_level[move->answer]
                                          : TRADEOFF_MIN_CHANGE_OFF;
      change.replaces = was != MC_NONE && was != move->criterion ? was
                                                                : TRADEOFF_MIN_CHANGE_NO_OPTION;
      g_array_append_val (result->changes, change);
    }
  result->outcome = verdict_after (search, path, length);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const TradeoffMinChange *x = a;
  const TradeoffMinChange *y = b;

  return (x->criterion > y->criterion) - (x->criterion < y->criterion);
}

/* Deepens from the bound to one below the greedy answer: the first depth
 * with a solution is the minimum; none below the greedy's proves it. */
static void
deepen (Search                  *search,
        TradeoffMinChangeResult *result,
        const guint             *greedy,
        guint                    n_greedy)
{
  guint limit = greedy ? n_greedy - 1 : search->n_positions;
  guint k = search->question == MC_QUESTION_LEAD ? lead_bound (search, 0) : firm_bound (search, 0);

  for (k = MAX (k, 1); k <= limit && k != INF; k++)
    {
      search->depth = 0;
      if (dfs (search, 0, k))
        {
          result->status = TRADEOFF_MIN_CHANGE_FOUND;
          result->lower_bound = search->depth;
          result_set_path (search, result, search->path, search->depth);
          return;
        }
      if (search->stopped)
        break;
    }

  result->lower_bound = MIN (k, greedy ? n_greedy : k);
  if (greedy)
    result_set_path (search, result, greedy, n_greedy);
  if (!search->stopped && greedy)
    result->status = TRADEOFF_MIN_CHANGE_FOUND;
  else if (!search->stopped)
    {
      result->status = TRADEOFF_MIN_CHANGE_IMPOSSIBLE;
      result->lower_bound = 0;
      if (search->question == MC_QUESTION_LEAD)
        result->reason = TRADEOFF_MIN_CHANGE_REASON_NO_COMBINATION;
    }
  else if (g_cancellable_is_cancelled (search->limits->cancellable))
    result->status = TRADEOFF_MIN_CHANGE_CANCELLED;
  else
    result->status = greedy ? TRADEOFF_MIN_CHANGE_BEST_SO_FAR : TRADEOFF_MIN_CHANGE_UNKNOWN;
}

void
mc_search (const McModel           *model,
           McQuestion               question,
           guint                    option,
           TradeoffMinChangeVerdict start,
           const McLimits          *limits,
           TradeoffMinChangeResult *result)
{
  Search search = { 0 };
  g_autofree guint *greedy = NULL;
  guint n_greedy = 0;

  search.model = model;
  search.question = question;
  search.option = option;
  search.start = start;
  search.limits = limits;
  search.n = model->n_options;
  memcpy (search.scores, model->scores, sizeof search.scores);
  memcpy (search.ruled, model->ruled, sizeof search.ruled);
  search.n_on = model->n_on;

  if (g_cancellable_is_cancelled (limits->cancellable))
    {
      result->status = TRADEOFF_MIN_CHANGE_CANCELLED;
      return;
    }

  prepare (&search);
  greedy = descend (&search, &n_greedy);
  deepen (&search, result, greedy, n_greedy);
  g_array_sort (result->changes, compare_changes);
  result->nodes = search.nodes;

  prepare_clear (&search);
}
