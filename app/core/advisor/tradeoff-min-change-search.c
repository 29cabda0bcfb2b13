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


void
mc_state_apply (Search       *search,
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

gboolean
mc_goal_reached (const Search *search)
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
int
mc_move_gain (const Search *search,
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

guint8
mc_move_useful_rules (const Search *search,
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
    lacking += search->surrogate_weights[s][r] *
               (search->scores[r] - search->scores[search->option] + 1);

  if (lacking <= 0)
    return 0;
  if (sums[high] < lacking)
    return MC_INF;
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
    return MC_INF;

  for (guint r = 0; r < search->n; r++)
    {
      int lacking = search->scores[r] - search->scores[t] + 1;
      int g = search->gain[p * search->n + r];

      if (r == t || search->ruled[r] > 0 || lacking <= 0)
        continue;
      if (search->ruleable[p] & (1u << r))
        lb = MAX (lb, 1);
      else if (g <= 0)
        return MC_INF;
      else
        lb = MAX (lb, (guint) ((lacking + g - 1) / g));
    }

  for (guint s = 0; s < search->n_surrogates && lb != MC_INF; s++)
    {
      guint more = surrogate_bound (search, s);

      lb = more == MC_INF ? MC_INF : MAX (lb, more);
    }

  return lb == MC_INF ? MC_INF : MAX (lb, search->n_on == 0 ? 1u : 0u);
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
  if (mc_goal_reached (search))
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

        mc_state_apply (search, move, 1);
        search->path[search->depth++] = search->cand[i];
        if (dfs (search, q + 1, left - 1))
          return TRUE;
        search->depth--;
        mc_state_apply (search, move, -1);
        if (search->stopped)
          return FALSE;
      }

  return FALSE;
}

/* How far the state is from the goal, for the greedy descent and for the
 * order of the answers: zero exactly when the goal is reached. */
int
mc_potential (const Search *search)
{
  guint t = search->option;
  int total = 0;

  if (mc_goal_reached (search))
    return 0;

  if (search->question == MC_QUESTION_LEAD)
    {
      total = MC_BIG * (int) search->ruled[t] + (search->n_on == 0);
      for (guint r = 0; r < search->n; r++)
        if (r != t && search->ruled[r] == 0)
          total += MAX (0, search->scores[r] - search->scores[t] + 1);
      return MAX (total, 1);
    }

  if (search->start.kind != TRADEOFF_MIN_CHANGE_VERDICT_LEADER)
    return 1;

  total = MC_BIG * (int) MAX (search->n_on, 1);
  for (guint r = 0; r < search->n; r++)
    if (r != t)
      total = MIN (total, MC_BIG * (int) search->ruled[r] +
                          MAX (1, search->scores[t] - search->scores[r]));

  return total;
}


/* Sets the search's state to the person's answers with @path's moves
 * made; leave_path() takes them back. */
static void
enter_path (Search      *search,
            const guint *path,
            guint        length)
{
  memcpy (search->scores, search->model->scores, sizeof search->scores);
  memcpy (search->ruled, search->model->ruled, sizeof search->ruled);
  search->n_on = search->model->n_on;
  for (guint i = 0; i < length; i++)
    mc_state_apply (search, &search->model->moves[path[i]], 1);
}

static void
leave_path (Search      *search,
            const guint *path,
            guint        length)
{
  for (guint i = length; i-- > 0;)
    mc_state_apply (search, &search->model->moves[path[i]], -1);
}

static TradeoffMinChangeVerdict
verdict_after (Search      *search,
               const guint *path,
               guint        length)
{
  TradeoffMinChangeVerdict verdict;

  enter_path (search, path, length);
  verdict = mc_state_verdict (search->n, search->scores, search->ruled, search->n_on);
  leave_path (search, path, length);

  return verdict;
}

/* How far a move takes its answer from the person's current value, on the
 * criterion it names: a group's other choice starts from off. */
static guint
move_distance (const McModel *model,
               const McMove  *move)
{
  guint base = model->current[move->answer] == move->criterion
               ? model->current_level[move->answer] : TRADEOFF_MIN_CHANGE_OFF;

  return move->level > base ? move->level - base : base - move->level;
}

static gboolean
path_reaches_goal (Search      *search,
                   const guint *path,
                   guint        length)
{
  gboolean reached;

  enter_path (search, path, length);
  reached = mc_goal_reached (search);
  leave_path (search, path, length);

  return reached;
}

/* Of the solutions with the fewest changes, a person should be offered the
 * gentlest: ticking an answer rather than making it matter a lot when the
 * tick is enough, so the proposal agrees with the firmness line.  Each move
 * becomes the move of the same answer and criterion closest to the current
 * value that, with the other moves kept, still reaches the goal.  The count
 * does not change, so a proven minimum stays proven; each replacement is
 * strictly closer, so the loop ends. */
static void
tidy_path (Search *search,
           guint  *path,
           guint   length)
{
  const McModel *model = search->model;
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < length; i++)
        {
          const McMove *chosen = &model->moves[path[i]];
          guint a = chosen->answer, was = path[i], keep = path[i];
          guint best = move_distance (model, chosen);

          for (guint m = model->move_first[a]; m < model->move_first[a + 1]; m++)
            {
              const McMove *move = &model->moves[m];
              guint distance = move_distance (model, move);

              if (move->criterion != chosen->criterion || distance >= best)
                continue;
              path[i] = m;
              if (path_reaches_goal (search, path, length))
                {
                  keep = m;
                  best = distance;
                }
            }
          changed |= keep != was;
          path[i] = keep;
        }
    }
}

static void
result_set_path (Search                  *search,
                 TradeoffMinChangeResult *result,
                 const guint             *found,
                 guint                    length)
{
  const McModel *model = search->model;
  g_autofree guint *path = g_memdup2 (found, MAX (length, 1) * sizeof *found);

  if (path_reaches_goal (search, path, length))
    tidy_path (search, path, length);
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

  for (k = MAX (MAX (k, 1), search->limits->start_depth); k <= limit && k != MC_INF; k++)
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

  mc_prepare (&search);
  greedy = mc_descend (&search, &n_greedy);
  deepen (&search, result, greedy, n_greedy);
  g_array_sort (result->changes, compare_changes);
  result->nodes = search.nodes;

  mc_prepare_clear (&search);
}
