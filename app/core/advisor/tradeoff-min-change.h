/* tradeoff-min-change.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The smallest change to a person's answers that makes an option lead, and
 * how many answers must change before the verdict does (issue 15).  Plain
 * C and GLib on a flat description of the comparison: no GObject, no GTK,
 * so it runs on any thread and plugs into whatever the advisor becomes.
 *
 * Answers.  Each criterion outside an exclusive group is one answer, with a
 * level: off, matters (×1), matters a lot (×2) or must have.  Each exclusive
 * group is ONE answer: off, or one of its criteria at a level.  Changing an
 * answer to any other value is one change, so moving a radio choice or
 * changing a level counts one.
 *
 * Scores.  score(o) = Σ weight(c, o) × level over the criteria at matters
 * or matters a lot.  A must-have gives no points; it rules out every option
 * it does not serve, an option it weighs at 0 or below.  The leader is the
 * one option, among those not ruled out, with the top score alone.  With two
 * or more at the top it is a tie; with nothing on, or everything ruled out,
 * there is no verdict.  Two verdicts are the same when they are of the same
 * kind with the same leader, as for the advisor's flips.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TRADEOFF_MIN_CHANGE_MAX_OPTIONS 8
#define TRADEOFF_MIN_CHANGE_NO_GROUP    (-1)
#define TRADEOFF_MIN_CHANGE_NO_OPTION   G_MAXUINT

typedef enum
{
  TRADEOFF_MIN_CHANGE_OFF     = 0,
  TRADEOFF_MIN_CHANGE_MATTERS = 1,
  TRADEOFF_MIN_CHANGE_A_LOT   = 2,
  TRADEOFF_MIN_CHANGE_MUST    = 3,
} TradeoffMinChangeLevel;

/* Masks of the levels a change may set (off always may). */
#define TRADEOFF_MIN_CHANGE_ALLOW(level) (1u << (level))
#define TRADEOFF_MIN_CHANGE_ALLOW_ALL                                     \
  (TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MATTERS) |              \
   TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_A_LOT) |                \
   TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MUST))
/* What a person can say before levels exist: a tick is "matters". */
#define TRADEOFF_MIN_CHANGE_ALLOW_TICKS TRADEOFF_MIN_CHANGE_ALLOW (TRADEOFF_MIN_CHANGE_MATTERS)

typedef enum
{
  TRADEOFF_MIN_CHANGE_VERDICT_NONE,
  TRADEOFF_MIN_CHANGE_VERDICT_TIE,
  TRADEOFF_MIN_CHANGE_VERDICT_LEADER,
} TradeoffMinChangeVerdictKind;

typedef struct
{
  TradeoffMinChangeVerdictKind kind;
  guint                        leader;   /* TRADEOFF_MIN_CHANGE_NO_OPTION unless a leader */
} TradeoffMinChangeVerdict;

/* The comparison and the answers, borrowed for the length of a solve. */
typedef struct
{
  guint         n_options;   /* 2 .. TRADEOFF_MIN_CHANGE_MAX_OPTIONS */
  guint         n_criteria;
  const int    *weights;     /* n_criteria rows of n_options, each in -100 .. 100 */
  const int    *groups;      /* exclusive group of each criterion, or NO_GROUP; NULL: none */
  const guint8 *levels;      /* the current TradeoffMinChangeLevel of each criterion */
  guint         allowed;     /* TRADEOFF_MIN_CHANGE_ALLOW mask; 0 means ALLOW_ALL */
} TradeoffMinChangeProblem;

/* One change: the answer of @criterion (or of its exclusive group) becomes
 * @criterion at @level.  Unticking a group names the choice it unticks. */
typedef struct
{
  guint                  criterion;
  int                    group;
  TradeoffMinChangeLevel level;
  TradeoffMinChangeLevel was;        /* the level @criterion had before */
  /* The group's choice this one replaces, or TRADEOFF_MIN_CHANGE_NO_OPTION. */
  guint                  replaces;
} TradeoffMinChange;

typedef enum
{
  TRADEOFF_MIN_CHANGE_ALREADY,       /* nothing to change: it leads now */
  TRADEOFF_MIN_CHANGE_FOUND,         /* proven minimal */
  TRADEOFF_MIN_CHANGE_BEST_SO_FAR,   /* works, but the budget ran out before a proof */
  TRADEOFF_MIN_CHANGE_IMPOSSIBLE,    /* proven: no combination of answers does it */
  TRADEOFF_MIN_CHANGE_UNKNOWN,       /* the budget ran out with nothing found */
  TRADEOFF_MIN_CHANGE_CANCELLED,
} TradeoffMinChangeStatus;

/* Why no change can make an option lead.  Each names a rival. */
typedef enum
{
  TRADEOFF_MIN_CHANGE_REASON_NONE,
  /* No criterion weighs the option above the rival, and must-haves cannot
   * be set (before levels exist). */
  TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED,
  /* No criterion weighs the option above the rival, and the option serves
   * no criterion at all, so no must-have keeps it in. */
  TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_SERVES_NOTHING,
  /* No criterion weighs the option above the rival, and the rival serves
   * every criterion the option serves: no must-have rules the rival out
   * without ruling the option out too. */
  TRADEOFF_MIN_CHANGE_REASON_OUTWEIGHED_RIVAL_SERVES_TOO,
  /* Each rival can be beaten or ruled out alone, but no combination of
   * answers does it to all of them at once (proven by exhaustive search). */
  TRADEOFF_MIN_CHANGE_REASON_NO_COMBINATION,
} TradeoffMinChangeReason;

typedef struct
{
  TradeoffMinChangeStatus status;
  /* FOUND, BEST_SO_FAR: the changes, in criterion order. */
  GArray                 *changes;       /* of TradeoffMinChange */
  /* Proven: at least this many changes are needed (equal to
   * changes->len when FOUND). */
  guint                   lower_bound;
  TradeoffMinChangeReason reason;
  guint                   rival;          /* the option the reason names */
  /* FIRMNESS only: the verdict after the changes. */
  TradeoffMinChangeVerdict outcome;
  guint64                 nodes;          /* search nodes spent */
} TradeoffMinChangeResult;

typedef struct
{
  TradeoffMinChangeVerdict verdict;     /* with the current answers */
  guint                    n_options;
  /* One per option: the smallest change that makes it the leader alone;
   * ALREADY for the leader. */
  TradeoffMinChangeResult *targets;
  /* The smallest change after which the verdict is another one. */
  TradeoffMinChangeResult  firmness;
  /* %TRUE when every result is proven (no BEST_SO_FAR, UNKNOWN or CANCELLED). */
  gboolean                 complete;
} TradeoffMinChangeSolution;

typedef struct
{
  /* Search nodes per question (each option, and firmness); 0: no limit. */
  guint64 max_nodes;
  /* Wall time for the whole solve, in microseconds; 0: no limit.  Each
   * question gets an equal share of what is left when it starts. */
  gint64  max_time_us;
} TradeoffMinChangeBudget;

/* Solves every option and the firmness.  Returns %NULL with @error set if
 * the problem is malformed (too many or too few options, a weight out of
 * range, two criteria of one exclusive group on).  A cancelled solve still
 * returns what it had, with CANCELLED where it stopped.  @budget may be
 * %NULL: no limit, exact however long it takes. */
TradeoffMinChangeSolution *tradeoff_min_change_solve         (const TradeoffMinChangeProblem *problem,
                                                              const TradeoffMinChangeBudget  *budget,
                                                              GCancellable                   *cancellable,
                                                              GError                        **error);
void                       tradeoff_min_change_solution_free (TradeoffMinChangeSolution      *solution);

/* The verdict of @levels (n_criteria of them) on @problem's comparison. */
TradeoffMinChangeVerdict   tradeoff_min_change_verdict       (const TradeoffMinChangeProblem *problem,
                                                              const guint8                   *levels);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TradeoffMinChangeSolution, tradeoff_min_change_solution_free)

G_END_DECLS
