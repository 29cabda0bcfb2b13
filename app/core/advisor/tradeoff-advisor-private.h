/* tradeoff-advisor-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the advisor shares with its item classes (ticks, option scores,
 * reasons, flips) and nobody else: how they are made and updated, and the
 * arithmetic of the ticked criteria (the tally, tradeoff-advisor-tally.c)
 * that the scores, verdict, reasons and flips are computed from.
 */

#pragma once

#include "tradeoff-advisor.h"

G_BEGIN_DECLS

/* "No such thing": no leader, no exclusive group, no ticked criterion. */
#define TRADEOFF_NO_INDEX G_MAXUINT

/* Everything the scores, verdict, reasons and flips follow from.  All arrays
 * are owned by the advisor and sized once, when it is constructed, so that a
 * toggle never allocates. */
typedef struct
{
  guint n_options;
  guint n_criteria;
  guint n_groups;

  /* Per option, in option order, and per criterion, in comparison order:
   * owned by the comparison, which the advisor holds. */
  TradeoffOption **options;
  TradeoffCriterion **criteria;
  /* n_criteria × n_options, row by row: a copy, so a short weight list in
   * hand-built data reads as zeros rather than past its end. */
  int *weights;
  /* The lowest weight of each criterion, for the open swing. */
  int *lows;
  /* Max weight minus min weight of each criterion: the most one change of
   * its level can move any option against another, per unit of level
   * (the flips' bound, surely_holds() in tradeoff-flip.c). */
  int *spreads;
  /* n_groups × n_options: per exclusive group and option, the most any one
   * choice of the group gives the option over the option it gives least
   * (weight minus the criterion's low): what the group can still swing
   * while nothing is chosen in it. */
  int *group_gains;
  /* Per option: how many criteria it does not serve (weight <= 0).  A
   * leader with any is one must-have away from being ruled out. */
  int *unserved;
  /* The criterion's exclusive group (a slot in group_ticked), or
   * TRADEOFF_NO_INDEX when its group is not exclusive. */
  guint *group_of;
  /* Per criterion: its TradeoffLevel (0 when off). */
  guint8 *level;

  /* Per group, in comparison order: the ticked criterion of an exclusive
   * group, or TRADEOFF_NO_INDEX. */
  guint *group_ticked;

  /* Per option: the sum of weight × level over the criteria that matter
   * (level 1 or 2); must-haves give no points. */
  int *scores;
  /* Per option: how many must-haves it does not serve (weight <= 0). */
  int *fails;
  /* The must-haves, by criterion index, in no particular order: what names
   * the must-have that rules an option out costs O(must-haves), not
   * O(criteria). */
  guint *musts;
  guint n_must;
  /* Per option: the must-have with the lowest index it does not serve, or
   * TRADEOFF_NO_INDEX; worked out again only when the must-haves change. */
  guint *ruled_out_by;
  /* One bit per option that some must-have rules out. */
  guint64 ruled_out;

  /* Criteria at any level, must-haves included. */
  guint n_ticked;
  /* Per option: the open swing, what the answers not given yet could
   * still add to it over any rival: Σ headroom × (weight − the
   * criterion's low), the headroom being 2 for a criterion off, 1 at
   * "matters", 0 at "matters a lot" or must-have; an exclusive group
   * counts once, as its best choice while none is made.  Kept as a
   * running sum, so the confidence costs O(options) per tick. */
  int *open_swing;
} TradeoffTally;

/* What a level adds to a score: must-haves are gates, not points. */
static inline int
_tradeoff_level_factor (guint level)
{
  return level == TRADEOFF_LEVEL_MATTERS ? 1 : level == TRADEOFF_LEVEL_A_LOT ? 2 : 0;
}

/* An option serves a criterion it gives a positive weight. */
static inline gboolean
_tradeoff_weight_serves (int weight)
{
  return weight > 0;
}

void  _tradeoff_tally_init        (TradeoffTally       *tally,
                                   TradeoffComparison  *comparison);
void  _tradeoff_tally_free_arrays (TradeoffTally       *tally);
/* The position of @criterion in the comparison, or TRADEOFF_NO_INDEX if it
 * is not one of its criteria.  O(1): the criterion knows its index. */
guint _tradeoff_tally_find        (const TradeoffTally *tally,
                                   TradeoffCriterion   *criterion);
/* Sets one criterion's level: O(options), or O(options × must-haves) when
 * a must-have comes or goes; no allocation.
 * Exclusive groups are the caller's business: turn the group's choice off
 * first. */
void  _tradeoff_tally_set         (TradeoffTally       *tally,
                                   guint                criterion,
                                   guint                level);
/* The must-have with the lowest index that @option does not serve, or
 * TRADEOFF_NO_INDEX.  O(1). */
static inline guint
_tradeoff_tally_ruled_out_by (const TradeoffTally *tally,
                             guint                option)
{
  return tally->ruled_out_by[option];
}
/* Fills @slots (room for n_must) with a smallest-by-inclusion set of the
 * must-haves that together rule out every option, in comparison order, and
 * returns how many; 0 when some option passes them all. */
guint    _tradeoff_tally_find_conflict (const TradeoffTally *tally,
                                        guint               *slots);
void     _tradeoff_tally_untick_all    (TradeoffTally       *tally);
/* The rival in the running that @leader leads least securely, and the
 * confidence against it (see tradeoff_advisor_get_confidence()): its lead
 * over the rival as a share of that lead plus the rival's open swing.
 * @rival is TRADEOFF_NO_INDEX (and the share 1) when every other option is
 * ruled out.  O(options). */
double   _tradeoff_tally_closest_rival (const TradeoffTally *tally,
                                        guint                leader,
                                        guint               *rival);
/* Fills @slots with the criteria @ids name, and @levels (may be %NULL) with
 * their levels: an id alone means TRADEOFF_LEVEL_MATTERS, "id:1", "id:2"
 * and "id:must" say it.  Fails if one names no criterion, has another
 * level, or two name choices of the same exclusive group.  Changes nothing. */
gboolean _tradeoff_tally_resolve_ids   (const TradeoffTally *tally,
                                        TradeoffComparison  *comparison,
                                        const char * const  *ids,
                                        guint                n_ids,
                                        guint               *slots,
                                        guint8              *levels,
                                        GError             **error);

static inline const int *
_tradeoff_tally_weights (const TradeoffTally *tally,
                        guint                criterion)
{
  return tally->weights + (gsize) criterion * tally->n_options;
}

/* What a set of scores adds up to. */
typedef struct
{
  TradeoffVerdictKind kind;
  /* The option leading alone, or TRADEOFF_NO_INDEX. */
  guint leader;
  int top;
  /* The best score but the top one; equal to top in a tie. */
  int second;
  /* One bit per option that has the top score. */
  guint64 top_mask;
} TradeoffVerdict;

/* The verdict for @scores + @delta (%NULL for none) among the options not
 * in @ruled_out, with @n_ticked criteria on.  O(options), no allocation. */
void _tradeoff_verdict_compute (TradeoffVerdict *verdict,
                                const int       *scores,
                                guint            n_options,
                                const int       *delta,
                                guint64          ruled_out,
                                guint            n_ticked);

TradeoffTick *_tradeoff_tick_new    (TradeoffAdvisor   *advisor,
                                     TradeoffCriterion *criterion);
/* Takes the advisor's state; returns whether it changed (and notified). */
gboolean      _tradeoff_tick_sync   (TradeoffTick      *self,
                                     guint              level);
/* The same criterion in an edited comparison (tradeoff-advisor-rebase.c):
 * notifies "criterion". */
void          _tradeoff_tick_set_criterion (TradeoffTick      *self,
                                            TradeoffCriterion *criterion);
/* The advisor is going away: setting "ticked" does nothing from now on. */
void          _tradeoff_tick_detach (TradeoffTick      *self);

TradeoffOptionScore *_tradeoff_option_score_new  (TradeoffOption      *option);
/* The same option in an edited comparison: notifies "option". */
void                 _tradeoff_option_score_set_option (TradeoffOptionScore *self,
                                                        TradeoffOption      *option);
/* Notifies each property that changed, and only those. */
void                 _tradeoff_option_score_sync (TradeoffOptionScore *self,
                                                  int                  score,
                                                  double               fraction,
                                                  gboolean             leading,
                                                  TradeoffCriterion   *ruled_out_by);

/* The ticked criteria as TradeoffReason items, ranked.  @leader is an option
 * index or TRADEOFF_NO_INDEX. */
GListModel *_tradeoff_reasons_new_list (const TradeoffTally *tally,
                                        guint                leader);

/* One flip as plain numbers, so the flips can be recomputed and compared
 * after every toggle without allocating. */
typedef struct
{
  guint criterion;
  /* The level the criterion would go to (from the one it has now). */
  guint8 level;
  guint8 from;
  /* The option that would lead, or TRADEOFF_NO_INDEX. */
  guint outcome;
  TradeoffVerdictKind kind;
} TradeoffFlipRecord;

/* Fills @records (room for TRADEOFF_FLIPS_PER_CRITERION × n_criteria) with
 * every single change of one criterion's level that would change @current;
 * returns how many.  O(criteria × options). */
#define TRADEOFF_FLIPS_PER_CRITERION 3
guint       _tradeoff_flips_find     (const TradeoffTally      *tally,
                                      const TradeoffVerdict    *current,
                                      TradeoffFlipRecord       *records);
/* Whether any one such change would change @current: the early-exit form
 * of _tradeoff_flips_find(), with no records.  O(criteria × options) at
 * worst. */
gboolean    _tradeoff_flips_any      (const TradeoffTally      *tally,
                                      const TradeoffVerdict    *current);
/* A flip as the list below makes it: @outcome may be %NULL. */
TradeoffFlip *_tradeoff_flip_new     (TradeoffCriterion        *criterion,
                                      TradeoffOption           *outcome,
                                      const TradeoffFlipRecord *record);
/* How many TradeoffFlip objects this process has made, for tests: a tick
 * makes only the flips somebody reads. */
guint       _tradeoff_flips_made     (void);

/* The flips of @records (tradeoff-flip-list.c): a list model that makes
 * an item only when it is read, naming the tally's criterion and option
 * objects as they are now (@comparison owns them).  @old_list (may be
 * %NULL) is the list before: the new one shares the items already made
 * there whose records are the same.  O(flips), a copy of numbers; no
 * object is made. */
GListModel *_tradeoff_flips_new_list (TradeoffComparison       *comparison,
                                      const TradeoffTally      *tally,
                                      const TradeoffFlipRecord *records,
                                      guint                     n_records,
                                      GListModel               *old_list);
/* @list again with the tally's current criterion and option objects (an
 * edit kept the advisor, tradeoff-advisor-rebase.c), sharing the flips
 * already made that name them; %NULL when the list names them already. */
GListModel *_tradeoff_flips_follow   (TradeoffComparison       *comparison,
                                      const TradeoffTally      *tally,
                                      GListModel               *list);
/* How many of @list's items have been made so far, for tests. */
guint       _tradeoff_flips_n_made   (GListModel               *list);

/* The advisor itself, shared by tradeoff-advisor.c (properties,
 * publishing) and tradeoff-advisor-levels.c (actions). */
struct _TradeoffAdvisor
{
  GObject parent_instance;

  TradeoffComparison *comparison;
  TradeoffTally tally;

  /* One TradeoffTick per criterion and one TradeoffOptionScore per option,
   * as list models and as arrays of the same (borrowed) items. */
  GListStore *ticks;
  GListStore *scores;
  TradeoffTick **tick_items;
  TradeoffOptionScore **score_items;

  /* The verdict of the current tally; the getters read it. */
  TradeoffVerdict verdict;

  /* What the properties last announced, to notify only on a real change. */
  guint announced_n_ticked;
  TradeoffVerdictKind announced_kind;
  guint announced_leader;
  guint64 announced_top_mask;
  char *announced_explanation;
  guint announced_n_must;

  /* The explanation of a TRADEOFF_VERDICT_CONFLICT, naming the must-haves
   * that conflict; built when the verdict is one. */
  char *conflict_text;
  double announced_confidence;

  /* Built when read.  The headline is kept with the top_mask it was built
   * for; the reasons are NULL when they have to be built again. */
  char *headline;
  guint64 headline_mask;
  GListModel *reasons;

  /* NULL until "flips" is first read; from then on kept current. */
  GListModel *flips;
  TradeoffFlipRecord *flip_records;
  TradeoffFlipRecord *flip_scratch;
  guint n_flip_records;
};

/* For _tradeoff_advisor_publish(): every tick may have changed. */
#define ALL_CRITERIA (G_MAXUINT - 1)

/* Announces the current tally: the ticks @touched and @displaced (either
 * TRADEOFF_NO_INDEX, or ALL_CRITERIA), then each property that changed. */
void   _tradeoff_advisor_publish             (TradeoffAdvisor *self,
                                              guint            touched,
                                              guint            displaced);
/* The confidence of the current verdict (tradeoff-advisor-confidence.c). */
double _tradeoff_advisor_current_confidence  (TradeoffAdvisor *self);
void   _tradeoff_advisor_emit_level_changed  (TradeoffAdvisor *self,
                                              guint            slot,
                                              guint            old_level);
void   _tradeoff_advisor_emit_levels_changed (TradeoffAdvisor *self);
/* Makes @self the advisor of @comparison when that is an edit changing
 * nothing it computed (tradeoff-advisor-rebase.c); %FALSE otherwise. */
gboolean _tradeoff_advisor_rebase            (TradeoffAdvisor    *self,
                                              TradeoffComparison *comparison);

G_END_DECLS
